package cymru.cylch.people.web;

import cymru.cylch.people.Conversation;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Recording an assessment conversation. */
record AssessmentForm(
        @Nullable Integer heldDay,
        @Nullable Integer heldMonth,
        @Nullable Integer heldYear,
        // Wrappers, so that a post without the checkboxes' hidden markers binds as "not ticked", not as a failure.
        @Nullable Boolean personTookPart,
        @Nullable Boolean carerTookPart,
        @Nullable Boolean providerTookPart,
        @SingleLineText @Size(max = 500) @Nullable String othersTakingPart,
        @MultiLineText @NotBlank @Size(max = 4000) String whatMatters,
        @MultiLineText @Size(max = 4000) @Nullable String working,
        @MultiLineText @Size(max = 4000) @Nullable String notWorking,
        @MultiLineText @Size(max = 4000) @Nullable String personalStrengths,
        @MultiLineText @Size(max = 4000) @Nullable String familyStrengths,
        @MultiLineText @Size(max = 4000) @Nullable String communityStrengths,
        @MultiLineText @Size(max = 4000) @Nullable String risks,
        @MultiLineText @Size(max = 4000) @Nullable String wantsToAchieve) {

    static AssessmentForm today(LocalDate today) {
        var held = DateParts.of(today);
        return new AssessmentForm(held.day(), held.month(), held.year(), true, false, false, null, "", null, null,
                null, null, null, null, null);
    }

    void validate(Errors errors) {
        if (new DateParts(heldDay, heldMonth, heldYear).toDate().isEmpty()) {
            FormErrors.reject(errors, "heldDay", "assessment.heldOn.invalid");
        }
        if (!ticked(personTookPart) && !ticked(carerTookPart) && !ticked(providerTookPart)
                && (othersTakingPart == null || othersTakingPart.isBlank())) {
            FormErrors.reject(errors, "personTookPart", "assessment.participants.none");
        }
    }

    Conversation conversation() {
        return new Conversation(new DateParts(heldDay, heldMonth, heldYear).toDate().orElseThrow(), whatMatters,
                working, notWorking, personalStrengths, familyStrengths, communityStrengths, risks, wantsToAchieve,
                ticked(personTookPart), ticked(carerTookPart), ticked(providerTookPart), othersTakingPart);
    }

    private static boolean ticked(@Nullable Boolean box) {
        return Boolean.TRUE.equals(box);
    }
}
