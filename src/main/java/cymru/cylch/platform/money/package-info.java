/**
 * Money as Cylch handles it: pounds sterling, {@link java.math.BigDecimal} to the penny, rounded half-up, never a
 * {@code double} (an architecture test forbids floating point for money anywhere in Cylch).
 */
@NamedInterface("money")
@NullMarked
package cymru.cylch.platform.money;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
