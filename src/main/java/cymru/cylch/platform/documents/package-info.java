/** Documents people print or keep: pages rendered to PDF in a chosen language, with Welsh-ready fonts embedded. */
@NamedInterface("documents")
@NullMarked
package cymru.cylch.platform.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
