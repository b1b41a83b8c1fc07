/**
 * Infrastructure every module stands on: the database, sign-in and sessions, API tokens, the audit log,
 * the bilingual web shell and error handling. It knows nothing of any domain module; the organisations
 * module supplies accounts through {@link cymru.cylch.platform.security.AccountDirectory}.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package cymru.cylch.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
