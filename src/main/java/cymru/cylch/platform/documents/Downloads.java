package cymru.cylch.platform.documents;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to download (a PDF, a CSV, a spreadsheet): an attachment with its name, never cached. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }

    /**
     * The same headers on a response whose content the handler then writes itself, as it is made (an export too
     * large to hold in memory first).
     */
    public static void startAttachment(HttpServletResponse response, String fileName, MediaType type) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
    }
}
