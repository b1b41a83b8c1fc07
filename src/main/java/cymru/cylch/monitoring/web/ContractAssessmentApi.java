package cymru.cylch.monitoring.web;

import cymru.cylch.contracts.OcdsExport.OcdsDocument;
import cymru.cylch.monitoring.AssessmentReleases;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiReadProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A published contract performance assessment in the Open Contracting Data Standard 1.1, for the council's readers
 * and the supplier assessed: an implementation release with the metrics and UK extensions. A draft, and anyone
 * else's assessment, is not found.
 */
@RestController
@Tag(name = "Contract performance assessments")
class ContractAssessmentApi {

    private final AssessmentReleases releases;

    ContractAssessmentApi(AssessmentReleases releases) {
        this.releases = releases;
    }

    @GetMapping(value = "/api/v1/contract-assessments/{id}/ocds", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(IssuePages.READERS_OR_PROVIDERS)
    @Operation(summary = "A published contract performance assessment as an OCDS 1.1 release package (tag "
            + "implementation, contracts[].implementation.metrics with the UK measureClassification); 404 for a draft "
            + "or unless the caller's council made it or the caller's provider was assessed")
    @ApiResponse(responseCode = "200", description = "An OCDS 1.1 release package with one release",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
    @ApiReadProblems
    ResponseEntity<byte[]> release(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                                   HttpServletRequest request) {
        OcdsDocument document = releases.release(user, id, address(request));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(document.json().getBytes(StandardCharsets.UTF_8));
    }

    /** Where the package is published: the address it was asked at, without a query. */
    static URI address(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequestUri(request).build().toUri();
    }
}
