/**
 * One clock for all of Cylch: {@link cymru.cylch.platform.time.Today} says what the date is in the UK and what
 * the time is, from the application's single {@link java.time.Clock}, so tests can set the date and a request
 * that runs over midnight sees one date throughout.
 */
@NamedInterface("time")
@NullMarked
package cymru.cylch.platform.time;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
