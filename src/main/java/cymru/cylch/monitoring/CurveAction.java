package cymru.cylch.monitoring;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One action of a Turn the Curve action plan: what is to be done, by whom, by when. */
public record CurveAction(String action, String owner, @Nullable LocalDate dueOn) {
}
