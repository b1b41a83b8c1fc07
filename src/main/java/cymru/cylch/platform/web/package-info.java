/**
 * The bilingual web shell: layout, language switch, navigation by role, error pages and problem responses,
 * and small helpers every module's pages use.
 */
@NamedInterface("web")
@NullMarked
package cymru.cylch.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
