/**
 * The market: each council's standing with each provider (applied, accredited, suspended, removed; every change
 * kept), the policy that says whether a provider may take new work on a day, and the listings providers keep of
 * what they offer (services, areas, prices, capacity, vacancies, languages), exported in the Open Referral UK shape.
 * Brokerage ({@link cymru.cylch.market.Brokerage}) puts one person's support to the market: support requests,
 * offers to eligible providers, proposals, weighted comparison and award, which starts a service agreement through
 * the contracts module's API. The market analysis ({@link cymru.cylch.market.MarketAnalysis}) sets the listings
 * beside what the council has bought ({@code contracts}); contracts never depend on the market.
 */
@ApplicationModule(displayName = "Market", allowedDependencies = {"organisations", "people", "contracts",
        "platform::security", "platform::rules", "platform::audit", "platform::web", "platform::database",
        "platform::time", "platform::reference", "platform::documents", "platform::ids", "platform::events",
        "platform::money"})
@NullMarked
package cymru.cylch.market;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
