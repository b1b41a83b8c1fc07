package cymru.cylch.measurement;

import java.util.List;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * The human-readable summary FHIR asks every resource to carry, so that a person reading the record in another
 * system sees what it says: a heading and a numbered list, from the instrument's own wording (HAPI escapes it).
 */
final class ResourceNarrative {

    private ResourceNarrative() {
    }

    static Narrative of(String heading, List<String> lines) {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        // English, as the resource is; FHIR asks for both forms of the attribute.
        div.setAttribute("lang", "en");
        div.setAttribute("xml:lang", "en");
        div.addTag("p").addTag("b").addText(heading);
        XhtmlNode list = div.addTag("ol");
        lines.forEach(line -> list.addTag("li").addText(line));
        return new Narrative().setStatus(NarrativeStatus.GENERATED).setDiv(div);
    }
}
