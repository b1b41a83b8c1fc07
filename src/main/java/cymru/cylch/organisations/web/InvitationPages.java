package cymru.cylch.organisations.web;

import cymru.cylch.organisations.Invitation;
import cymru.cylch.organisations.InvitationManagement;
import cymru.cylch.platform.security.CylchUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The two "yes" answers an invitation needs besides the inviter's: the invitee's own, on their account, and,
 * where their home is a council or health board, their home administrator's.
 */
@Controller
class InvitationPages {

    private final InvitationManagement invitations;

    InvitationPages(InvitationManagement invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/account/invitations")
    @PreAuthorize("isAuthenticated()")
    String mine(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("invitations", invitations.toMe(user));
        return "organisations/my-invitations";
    }

    @PostMapping("/account/invitations/{invitationId}/accept")
    @PreAuthorize("isAuthenticated()")
    String accept(@AuthenticationPrincipal CylchUser user, @PathVariable UUID invitationId,
                  RedirectAttributes redirect) {
        Invitation invitation = invitations.accept(user, invitationId);
        redirect.addFlashAttribute("notice", invitation.status() == Invitation.Status.JOINED
                ? "invitation.joined" : "invitation.acceptedAwaitingApproval");
        return "redirect:/account/invitations";
    }

    @PostMapping("/account/invitations/{invitationId}/decline")
    @PreAuthorize("isAuthenticated()")
    String decline(@AuthenticationPrincipal CylchUser user, @PathVariable UUID invitationId,
                   RedirectAttributes redirect) {
        invitations.decline(user, invitationId);
        redirect.addFlashAttribute("notice", "invitation.declined");
        return "redirect:/account/invitations";
    }

    @PostMapping("/organisations/{organisationId}/approvals/{invitationId}/approve")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String approve(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId,
                   @PathVariable UUID invitationId, RedirectAttributes redirect) {
        invitations.approve(actor, invitationId);
        redirect.addFlashAttribute("notice", "invitation.approved");
        return "redirect:/organisations/" + organisationId;
    }

    @PostMapping("/organisations/{organisationId}/approvals/{invitationId}/refuse")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String refuse(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId,
                  @PathVariable UUID invitationId, RedirectAttributes redirect) {
        invitations.refuse(actor, invitationId);
        redirect.addFlashAttribute("notice", "invitation.refused");
        return "redirect:/organisations/" + organisationId;
    }
}
