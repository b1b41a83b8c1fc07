package cymru.cylch.platform.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template to a tagged (PDF/UA) PDF in the given language. The template is an ordinary HTML
 * page with its own print styles; messages and dates come out in the document's language whatever the
 * language of the person asking for it. DejaVu Sans is embedded so Welsh letters such as ŵ and ŷ print.
 */
@Component
public class PdfDocuments {

    private static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final ApplicationContext context;

    PdfDocuments(ITemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.context = context;
    }

    public byte[] render(String template, Locale locale, Map<String, Object> variables) {
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            var thymeleaf = new Context(locale, variables);
            // Lets templates call beans (@dates) outside a web request, as they do in pages.
            thymeleaf.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(context, null));
            String html = templates.process(template, thymeleaf);
            return toPdf(html);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    private static byte[] toPdf(String html) {
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(document, "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static java.io.InputStream font(String file) {
        try {
            return new ClassPathResource("fonts/" + file).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
