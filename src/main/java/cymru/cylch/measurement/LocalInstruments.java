package cymru.cylch.measurement;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instruments an administrator makes for their own organisation, beside those Cylch ships: usable at once by its
 * workers, in self-completion links, cohort views and the API. A change is a new version (measurements keep the
 * version they were scored by); a code cannot be one Cylch ships, and a revision must start from the latest
 * version, so two administrators cannot overwrite each other's changes. A revision changes wording only: the
 * questions, their answers and the score stay as they were, so every version's scores are comparable in cohort
 * views and distance travelled (a different structure is a different instrument).
 */
@Service
@Transactional
public class LocalInstruments {

    /** Lower-case letters, digits and hyphens, starting with a letter: it appears in addresses and exports. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{2,39}");
    /** Codes that are addresses of pages under /instruments. */
    private static final Set<String> RESERVED = Set.of("new");

    private final InstrumentLibrary library;
    private final LocalInstrumentStore store;
    private final AuditLog audit;
    private final Clock clock;

    LocalInstruments(InstrumentLibrary library, LocalInstrumentStore store, AuditLog audit, Clock clock) {
        this.library = library;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisation's own instruments, latest versions, by name. */
    @Transactional(readOnly = true)
    public List<InstrumentDefinition> of(CylchUser actor) {
        return store.latest(actor.organisationId()).stream().map(InstrumentScorer::definition).toList();
    }

    /** Version 1 of a new instrument, under the definition's code. */
    public InstrumentDefinition create(CylchUser actor, InstrumentDefinition draft) {
        requireAdministrator(actor);
        if (!CODE.matcher(draft.code()).matches()) {
            throw new RuleViolationException("localInstrument.code.invalid");
        }
        if (RESERVED.contains(draft.code()) || library.scorer(draft.code()).isPresent()
                || store.latest(actor.organisationId(), draft.code()).isPresent()) {
            throw new RuleViolationException("localInstrument.code.taken");
        }
        return save(actor, draft.withVersion("1"), "localInstrument.code.taken");
    }

    /**
     * The next version of one of the organisation's instruments.
     *
     * @param basedOnVersion the version the administrator started from; not the latest means someone else
     *                       changed it meanwhile
     */
    public InstrumentDefinition revise(CylchUser actor, String code, int basedOnVersion, InstrumentDefinition draft) {
        requireAdministrator(actor);
        InstrumentDefinition latest = store.latest(actor.organisationId(), code)
                .orElseThrow(() -> new RecordNotFoundException("instrument", code)).definition();
        if (Integer.parseInt(latest.version()) != basedOnVersion) {
            throw new RuleViolationException("localInstrument.changedMeanwhile");
        }
        if (!InstrumentStructure.sameStructure(latest, draft)) {
            throw new RuleViolationException("localInstrument.revise.structure");
        }
        String next = String.valueOf(basedOnVersion + 1);
        return save(actor, draft.withCode(code).withVersion(next), "localInstrument.changedMeanwhile");
    }

    private InstrumentDefinition save(CylchUser actor, InstrumentDefinition definition, String clashRule) {
        try {
            store.insert(actor.organisationId(), definition, clock.instant(), actor.userId());
        } catch (DuplicateKeyException e) {
            // Another administrator saved the same code and version a moment earlier.
            throw new RuleViolationException(clashRule);
        }
        audit.record(definition.version().equals("1") ? AuditAction.CREATED : AuditAction.CHANGED,
                "instrument", definition.code() + "/" + definition.version());
        return definition;
    }

    private static void requireAdministrator(CylchUser actor) {
        if (!actor.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators make instruments");
        }
    }
}
