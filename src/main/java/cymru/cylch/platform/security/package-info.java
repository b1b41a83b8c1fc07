/**
 * Who is signed in and what they may do: roles, the signed-in user, passwords, sessions and API tokens.
 * Accounts themselves belong to the organisations module, which implements {@link AccountDirectory}.
 */
@NamedInterface("security")
@NullMarked
package cymru.cylch.platform.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
