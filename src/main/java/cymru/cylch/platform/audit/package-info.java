/**
 * The append-only audit log. Every module calls {@link cymru.cylch.platform.audit.AuditLog} when a record is
 * viewed, created, changed or exported; sign-in events and refused access are recorded by the platform itself.
 */
@NamedInterface("audit")
@NullMarked
package cymru.cylch.platform.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
