package cymru.cylch.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and phrases, in English and Welsh, that point to each kind of statement. A cue is a regular
 * expression matched on word boundaries, case-insensitively; {@code \\w*} after a stem takes its endings.
 * Kept as plain data so that commissioners' vocabulary can grow without touching the rules.
 */
final class StatementCues {

    /** The people a service is for, or a person speaking for themselves. */
    static final StatementCues PEOPLE = new StatementCues(
            // English
            "people", "person", "persons", "residents?", "citizens?", "service users?", "users?", "clients?",
            "individuals?", "adults?", "older people", "children", "child", "young people", "famil(y|ies)",
            "carers?", "patients?", "tenants?", "pupils?", "communit(y|ies)", "those (receiving|who|with)",
            "i", "me", "my", "myself",
            // Welsh
            "pobl", "person", "preswylwyr", "trigolion", "dinasyddion", "defnyddwyr( gwasanaeth)?", "cleientiaid",
            "unigolion", "oedolion", "plant", "pobl ifanc", "teuluoedd", "teulu", "gofalwyr", "cleifion",
            "tenantiaid", "cymuned\\w*", "rydw i", "dw i", "hoffwn", "gallaf", "fy");

    /** A change in someone's life, health, safety, independence or circumstances. */
    static final StatementCues CHANGE = new StatementCues(
            // English
            "feel\\w*", "felt", "safe\\w*", "happ(y|ier|iness)", "independen\\w*", "confiden\\w*",
            "well-?being", "health\\w*", "lonel\\w*", "isolat\\w*", "able to", "be able", "manage", "cope",
            "liv(e|es|ing)", "remain\\w*", "stay\\w* (at|in) (home|their)", "return\\w* home", "get back",
            "go back", "enjoy\\w*", "choos\\w*", "choice", "control", "connected", "friend\\w*", "relationship\\w*",
            "employ\\w*", "jobs?", "learn\\w*", "skills?", "offend\\w*", "reoffend\\w*", "admitted", "admissions?",
            "hospital", "falls?", "fallen", "tenanc\\w*", "homeless\\w*", "evict\\w*", "abuse\\w*", "harm\\w*",
            "recover\\w*", "mobil\\w*", "walk\\w*", "sleep\\w*", "dignity", "respect\\w*", "listened",
            "included", "inclusion", "quality of life", "experience", "achiev\\w*", "attend\\w*", "bull(y|ied|ying)",
            "risk\\w*", "better off", "go to", "get to", "get out", "see (my|their|his|her)",
            // A person's own wish for their life is an outcome in the making: "I want to ...", "I'd like ...".
            "i want", "i would like", "i'd like", "i’d like", "i can", "i will be able",
            // Welsh
            "teimlo", "diogel\\w*", "hapus\\w*", "annibynn\\w*", "hyder\\w*", "llesiant", "iach\\w*", "iechyd",
            "unig\\w*", "ynysig", "gallu", "byw", "aros (adref|gartref)", "dychwelyd adref", "mwynhau", "dewis",
            "rheolaeth", "ffrindiau", "perthynas\\w*", "gwaith", "cyflogaeth", "dysgu", "sgiliau", "troseddu",
            "aildroseddu", "ysbyty", "cwympo", "tenantiaeth", "digartref\\w*", "gwella", "urddas", "parch",
            "ansawdd bywyd", "profi", "cyflawni", "mynd i", "mynd allan", "rydw i eisiau", "dw i eisiau",
            "hoffwn", "gallaf");

    /** Service produced and counted: hours, visits, things made or delivered, deadlines for deliverables. */
    static final StatementCues OUTPUT = new StatementCues(
            // English
            "hours?", "visits?", "sessions?", "places", "beds?", "packages?", "number of", "deliver\\w*",
            "provid\\w*", "produc\\w*", "develop", "register", "leaflets?", "website", "director(y|ies)",
            "publish\\w*", "launch\\w*", "set up", "establish", "create", "run", "hold", "events?", "workshops?",
            "courses?", "meals?", "calls?", "contacts", "units?", "completed?", "carry out \\d+",
            "by (january|february|march|april|may|june|july|august|september|october|november|december|the end)",
            "by \\d{1,2}(st|nd|rd|th)?",
            // Welsh
            "oriau", "awr", "ymweliad\\w*", "sesiwn\\w*", "lleoedd", "gwelyau", "pecynnau", "nifer y", "darparu",
            "cyflwyno", "cynhyrchu", "datblygu", "cofrestr", "taflen\\w*", "gwefan", "cyfeiriadur", "cyhoeddi",
            "lansio", "sefydlu", "creu", "cynnal", "digwyddiad\\w*", "gweithdai", "cyrsiau", "prydau",
            "erbyn (ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|diwedd)");

    /** How the service is run: procedures, methods, standards, timeliness. */
    static final StatementCues PROCESS = new StatementCues(
            // English
            "polic(y|ies)", "procedures?", "process\\w*", "protocols?", "pathways?", "waiting times?", "wait\\w*",
            "response times?", "respond\\w* within", "within \\d+", "timel(y|iness)", "on time", "standards?",
            "complian\\w*", "compl(y|ies)", "monitor\\w*", "audit\\w*", "quality assurance", "governance",
            "framework", "meetings?", "panels?", "approv\\w*", "record-keeping", "documented", "written",
            "there is an?", "in place", "carried out", "follow\\w*", "implement\\w*", "consult\\w*", "access",
            "referrals?", "assessed",
            // Welsh
            "polisi\\w*", "gweithdrefn\\w*", "proses\\w*", "protocol\\w*", "llwybr\\w*", "amser aros", "aros",
            "amser ymateb", "o fewn \\d+", "amserol", "safon\\w*", "cydymffurfio", "monitro", "archwilio",
            "sicrhau ansawdd", "llywodraethu", "fframwaith", "cyfarfod\\w*", "paneli?", "cymeradwy\\w*",
            "ysgrifenedig", "mae yna", "mae gan", "ar waith", "gweithredu", "ymgynghori", "mynediad",
            "atgyfeiri\\w*");

    /** Resources put in: staff, pay, money, buildings, equipment, volunteers' time. */
    static final StatementCues INPUT = new StatementCues(
            // English
            "staff\\w*", "workforce", "employees?", "workers?", "wages?", "pay", "paid", "salar(y|ies)",
            "living wage", "minimum wage", "budgets?", "fund\\w*", "money", "£\\s?\\d[\\d,.]*", "costs?",
            "invest\\w*", "resources?", "vacanc(y|ies)", "vacancy rate", "recruit\\w*", "retention", "turnover",
            "volunteers?", "equipment", "premises", "buildings?", "hall", "vehicles?", "therapists?",
            "train(ing|ed)? (all |the )?(staff|workers|carers)", "qualifi\\w*",
            // Welsh
            "staff", "gweithlu", "gweithwyr", "cyflog\\w*", "tâl", "talu", "cyllideb\\w*", "cyllid", "arian",
            "costau?", "buddsoddi\\w*", "adnoddau", "swyddi gwag", "recriwtio", "cadw staff", "trosiant",
            "gwirfoddolwyr", "offer", "adeilad\\w*", "neuadd", "cerbydau", "hyfforddi staff", "cymwysterau");

    private final List<Pattern> patterns;

    private StatementCues(String... cues) {
        List<Pattern> compiled = new ArrayList<>();
        for (String cue : cues) {
            compiled.add(Pattern.compile("(?<![\\p{L}\\p{N}])(" + cue + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
        }
        this.patterns = List.copyOf(compiled);
    }

    /** The phrases of the text that match, in the order they appear, each once. */
    List<String> foundIn(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                int start = matcher.start(1);
                int end = matcher.end(1);
                if (spans.stream().noneMatch(s -> start < s[1] && end > s[0])) {
                    spans.add(new int[] {start, end});
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        return spans.stream().map(s -> text.substring(s[0], s[1])).distinct().toList();
    }
}
