package cymru.cylch.people.web;

import cymru.cylch.people.PrintedDocument;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A PDF of someone's record as a download: never cached, since it holds personal data. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(PrintedDocument document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .body(document.content());
    }
}
