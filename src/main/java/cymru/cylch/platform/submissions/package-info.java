/**
 * Repeated submissions: one-time tokens on every state-changing form ({@link FormTokens}) and the
 * {@code Idempotency-Key} header on the API ({@link IdempotencyKeyFilter}). Internal to the platform.
 */
@NullMarked
package cymru.cylch.platform.submissions;

import org.jspecify.annotations.NullMarked;
