package cymru.cylch.contracts.web;

import cymru.cylch.contracts.Bid;
import cymru.cylch.contracts.Procurement;
import cymru.cylch.contracts.ProcurementId;
import cymru.cylch.contracts.ProcurementManagement;
import cymru.cylch.contracts.ProcurementStage;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A provider's side of procurements: those open for bids and those it has bid in; one procurement's published
 * lots, criteria and weights with the provider's own bids and the bid form; one of its own bids. A provider sees only
 * its own bids: any other answers 404.
 */
@Controller
@RequestMapping("/bids")
@PreAuthorize(BidPages.PROVIDERS)
class BidPages {

    static final String PROVIDERS = "hasRole('PROVIDER_USER')";

    private static final RuleFields RULES = RuleFields.firstField("lot")
            .field("procurement.bid.price", "price")
            .fieldOfPart("procurement.bid.response", part -> "responses[" + part + "]")
            .field("procurement.bid.closed", "lot")
            .field("procurement.bid.lot", "lot");

    private final ProcurementManagement procurements;

    BidPages(ProcurementManagement procurements) {
        this.procurements = procurements;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CylchUser user, Model model) {
        List<Procurement> open = procurements.openForBids(user);
        List<Procurement> bidIn = procurements.bidIn(user);
        model.addAttribute("open", open);
        model.addAttribute("bidIn", bidIn);
        model.addAttribute("organisations", procurements.organisationsIn(
                Stream.concat(open.stream(), bidIn.stream()).toList(), List.of()));
        model.addAttribute("stages", bidIn.stream().collect(Collectors.toMap(Procurement::id, this::seenStage)));
        return "contracts/procurements/bids";
    }

    @GetMapping("/{procurementId}")
    String procurement(@AuthenticationPrincipal CylchUser user, @PathVariable UUID procurementId,
                       @RequestParam(required = false) Integer lot, Model model) {
        model.addAttribute("bidForm", BidForm.blank(lot));
        return page(user, ProcurementId.of(procurementId), model);
    }

    @PostMapping("/{procurementId}")
    String bid(@AuthenticationPrincipal CylchUser user, @PathVariable UUID procurementId,
               @Valid @ModelAttribute("bidForm") BidForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        ProcurementId id = ProcurementId.of(procurementId);
        FormErrors.keep(model, "bidForm", form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                procurements.bid(user, id, form.bid());
                redirect.addFlashAttribute("notice", "procurement.bid.sent");
                return "redirect:/bids/" + procurementId;
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return page(user, id, model);
    }

    @PostMapping("/{procurementId}/lots/{lot}/withdraw")
    String withdraw(@AuthenticationPrincipal CylchUser user, @PathVariable UUID procurementId, @PathVariable int lot,
                    RedirectAttributes redirect) {
        try {
            procurements.withdrawBid(user, ProcurementId.of(procurementId), lot);
            redirect.addFlashAttribute("notice", "procurement.bid.withdrawn");
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
        }
        return "redirect:/bids/" + procurementId;
    }

    @GetMapping("/{procurementId}/{bidId}")
    String ownBid(@AuthenticationPrincipal CylchUser user, @PathVariable UUID procurementId, @PathVariable UUID bidId,
                  Model model) {
        ProcurementId id = ProcurementId.of(procurementId);
        Bid bid = procurements.ownBid(user, id, bidId);
        Procurement procurement = procurements.procurement(user, id);
        model.addAttribute("procurement", procurement);
        model.addAttribute("bid", bid);
        model.addAttribute("current", procurements.ownBids(user, id).stream().anyMatch(b -> b.id().equals(bidId)));
        model.addAttribute("outcome", procurements.outcome(user, id, bidId));
        model.addAttribute("organisations", procurements.organisationsIn(List.of(procurement), List.of()));
        return "contracts/procurements/bid";
    }

    /** What a bidder is told of a procurement's progress: open for bids, or closed. */
    private ProcurementStage seenStage(Procurement procurement) {
        ProcurementStage stage = procurements.stage(procurement);
        return stage.openForBids() ? stage : ProcurementStage.CLOSED;
    }

    private String page(CylchUser user, ProcurementId id, Model model) {
        Procurement procurement = procurements.procurement(user, id);
        model.addAttribute("procurement", procurement);
        model.addAttribute("stage", seenStage(procurement));
        model.addAttribute("ownBids", procurements.ownBids(user, id));
        model.addAttribute("outcomes", procurements.outcomes(user, id));
        model.addAttribute("organisations", procurements.organisationsIn(List.of(procurement), List.of()));
        return "contracts/procurements/bid-form";
    }
}
