package cymru.cylch.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a page's GOV.UK error summary and the error beside a field, as a person (or screen reader) meets them. */
public final class ErrorSummaries {

    private static final Pattern SUMMARY = Pattern.compile(
            "<ul class=\"govuk-list govuk-error-summary__list\">(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("href=\"#([^\"]+)\"");

    private ErrorSummaries() {
    }

    /** The ids the summary's links lead to, in the order listed. */
    public static List<String> links(String page) {
        Matcher summary = SUMMARY.matcher(page);
        assertThat(summary.find()).as("the page has an error summary").isTrue();
        List<String> ids = new ArrayList<>();
        Matcher link = LINK.matcher(summary.group(1));
        while (link.find()) {
            ids.add(link.group(1));
        }
        return ids;
    }

    /** Fails unless every link leads to a field on the page and they are listed in the order the fields come. */
    public static void assertInPageOrder(String page) {
        int summaryEnd = page.indexOf("</ul>", page.indexOf("govuk-error-summary__list"));
        int previous = summaryEnd;
        for (String id : links(page)) {
            int at = page.indexOf("id=\"" + id + "\"", summaryEnd);
            assertThat(at).as("the field #%s is on the page", id).isPositive();
            assertThat(at).as("#%s comes after the field listed before it", id).isGreaterThan(previous);
            previous = at;
        }
    }

    /** The text of the error shown beside a field ({@code <field>-error}), tags removed. */
    public static String fieldError(String page, String field) {
        int start = page.indexOf("id=\"" + field + "-error\"");
        assertThat(start).as("an error beside %s", field).isPositive();
        return page.substring(start, page.indexOf("</p>", start)).replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
    }
}
