package cymru.cylch.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What was said in an assessment conversation: what matters to the person in their own words, what is working
 * and not working, their strengths and assets (personal, family, community), risks, and what they want to
 * achieve; and who took part, because co-production is recorded, not assumed.
 */
public record Conversation(
        LocalDate heldOn,
        String whatMatters,
        @Nullable String working,
        @Nullable String notWorking,
        @Nullable String personalStrengths,
        @Nullable String familyStrengths,
        @Nullable String communityStrengths,
        @Nullable String risks,
        @Nullable String wantsToAchieve,
        boolean personTookPart,
        boolean carerTookPart,
        boolean providerTookPart,
        @Nullable String othersTakingPart) {
}
