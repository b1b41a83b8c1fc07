/** Where the data lives: an external PostgreSQL, or one Cylch starts itself for trying it out. */
@NamedInterface("database")
@NullMarked
package cymru.cylch.platform.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
