package cymru.cylch.people.web;

import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.people.ProviderView;
import cymru.cylch.people.SupportedPeople;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The providers' views of an outcome, for the council's pages that show it (the outcome's history and the review
 * form), each with the provider's name.
 */
@Component
class ProviderViewsShown {

    private final SupportedPeople supported;
    private final OrganisationDirectory organisations;

    ProviderViewsShown(SupportedPeople supported, OrganisationDirectory organisations) {
        this.supported = supported;
        this.organisations = organisations;
    }

    void into(Model model, CylchUser reader, UUID personId, UUID outcomeId) {
        List<ProviderView> views = supported.viewsOf(reader, personId, outcomeId);
        Map<OrganisationId, ListedOrganisation> providers = organisations.byIds(
                views.stream().map(ProviderView::provider).toList());
        model.addAttribute("providerViews", views);
        model.addAttribute("providerNames", providers);
    }
}
