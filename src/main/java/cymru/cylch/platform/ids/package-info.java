/**
 * Typed identifiers shared by every module. Each module declares the ids of its own records beside them
 * ({@code PersonId} in people); the organisation's id lives here because the platform itself scopes data and
 * events by organisation.
 */
@NamedInterface("ids")
@NullMarked
package cymru.cylch.platform.ids;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
