/** Reading the reference data Cylch ships, or a council supplies, as small pipe-separated text files. */
@NamedInterface("reference")
@NullMarked
package cymru.cylch.platform.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
