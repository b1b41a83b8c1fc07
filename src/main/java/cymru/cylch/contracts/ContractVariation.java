package cymru.cylch.contracts;

import java.time.Instant;

/** A version of a contract after the first, as an OCDS amendment shows it: its number, reason and when. */
record ContractVariation(int number, String reason, Instant madeAt) {
}
