package cymru.cylch.payments.web;

import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The simulator page's one box: the same JSON body the API takes. */
record SimulatorForm(@NotBlank @MultiLineText @Size(max = 100_000) String body) {

    /** Issue 12's example: a fifth up front, a cap, an entry outcome and one sustained for six months after it. */
    static final String EXAMPLE = """
            {
              "rateCard": {
                "currency": "GBP",
                "upfrontShare": 0.2,
                "participantCap": 11700.00,
                "outcomes": [
                  {"code": "entry", "price": 700.00},
                  {"code": "sustained-6m", "price": 1400.00, "requires": "entry", "sustainedDays": 182}
                ]
              },
              "asOf": "2027-03-31",
              "participants": [
                {"id": "A", "planValue": 5000.00, "events": [
                  {"outcome": "entry", "achievedOn": "2026-02-01", "sustainedUntil": "2026-09-01"},
                  {"outcome": "sustained-6m", "achievedOn": "2026-02-01", "sustainedUntil": "2026-09-01"}
                ]}
              ]
            }""";

    static SimulatorForm example() {
        return new SimulatorForm(EXAMPLE);
    }
}
