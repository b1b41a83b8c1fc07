package cymru.cylch.contracts.web;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.OcdsExport;
import cymru.cylch.contracts.OcdsExport.OcdsDocument;
import cymru.cylch.platform.documents.Downloads;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiReadProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * A council's contracts in the Open Contracting Data Standard 1.1, for the council's roles that read contracts:
 * through the API, and as files the contract pages offer. One contract is a package with one release; all the
 * council's contracts are one package written to the response as they are read. Each export is audited; another
 * organisation's contract is not found.
 */
@RestController
@PreAuthorize(OcdsApi.READERS)
@Tag(name = "Contracts")
class OcdsApi {

    /** The council's roles that read its contracts (not providers' users). */
    static final String READERS = "hasAnyRole('COMMISSIONER', 'BROKER', 'CARE_MANAGER', 'TEAM_MANAGER', "
            + "'FINANCE_OFFICER', 'AUDITOR', 'ADMINISTRATOR')";

    private final OcdsExport ocds;

    OcdsApi(OcdsExport ocds) {
        this.ocds = ocds;
    }

    @GetMapping(value = "/api/v1/contracts/ocds", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "All of the caller's council's contracts as one OCDS 1.1 release package, one release per "
            + "contract; 404 if the council has no contracts")
    @ApiResponse(responseCode = "200", description = "An OCDS 1.1 release package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
    @ApiReadProblems
    void allContracts(@AuthenticationPrincipal CylchUser user, HttpServletRequest request,
                      HttpServletResponse response) {
        ocds.writeAllContracts(user, address(request), () -> {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
            return body(response);
        });
    }

    @GetMapping(value = "/api/v1/contracts/{contractId}/ocds", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One contract as an OCDS 1.1 release package; 404 unless the caller's organisation let it "
            + "or supplies under it")
    @ApiResponse(responseCode = "200", description = "An OCDS 1.1 release package with one release",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
    @ApiReadProblems
    ResponseEntity<byte[]> contract(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId,
                                    HttpServletRequest request) {
        OcdsDocument document = ocds.contract(user, ContractId.of(contractId), address(request));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(document.json().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/contracts/ocds.json")
    void downloadAllContracts(@AuthenticationPrincipal CylchUser user, HttpServletRequest request,
                              HttpServletResponse response) {
        ocds.writeAllContracts(user, address(request), () -> {
            Downloads.startAttachment(response, ocds.allContractsFileName(), MediaType.APPLICATION_JSON);
            return body(response);
        });
    }

    @GetMapping("/contracts/{contractId}/ocds.json")
    ResponseEntity<byte[]> downloadContract(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId,
                                            HttpServletRequest request) {
        OcdsDocument document = ocds.contract(user, ContractId.of(contractId), address(request));
        return Downloads.attachment(document.fileName(), MediaType.APPLICATION_JSON,
                document.json().getBytes(StandardCharsets.UTF_8));
    }

    /** Where the package is published: the address it was asked at, without a query. */
    private static URI address(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequestUri(request).build().toUri();
    }

    private static OutputStream body(HttpServletResponse response) {
        try {
            return response.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
