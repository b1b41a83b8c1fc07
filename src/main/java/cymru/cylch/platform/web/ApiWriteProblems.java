package cymru.cylch.platform.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * For the API's description: the problems a change under {@code /api/v1} may answer (those of a read, and
 * these), described once rather than on every handler. The 409 and one 422 come from the
 * {@code Idempotency-Key} header, which every change takes.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiReadProblems
@ApiResponses({
        @ApiResponse(responseCode = "400", description = "A field is missing, too long or not in the expected "
                + "form (errors names each), or an Idempotency-Key that is not valid",
                content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(implementation = ProblemDetail.class))),
        @ApiResponse(responseCode = "409", description = "The first request with this Idempotency-Key is still "
                + "running: retry after Retry-After",
                content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(implementation = ProblemDetail.class))),
        @ApiResponse(responseCode = "422", description = "A rule was broken: its stable code under rule (and the "
                + "part of the record under part), explained in the language of Accept-Language; or the "
                + "Idempotency-Key was sent before with another request. Nothing was saved",
                content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(implementation = ProblemDetail.class)))})
public @interface ApiWriteProblems {
}
