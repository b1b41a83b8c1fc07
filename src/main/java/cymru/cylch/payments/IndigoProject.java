package cymru.cylch.payments;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractTerms;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One outcomes contract as an INDIGO data standard 4.1 project (the Government Outcomes Lab's schema of impact bonds
 * and outcomes contracts, {@code project.json}). Every value is wrapped as {@code {"value": ...}}; organisations are
 * referred to by an id string alone ({@code CYLCH-ORG-<id>}; an investor, not being an organisation in Cylch, by
 * {@code CYLCH-INVESTOR-<commitment>}); dates are {@code YYYY-MM-DD} and months {@code YYYY-MM}. The contract's
 * OCDS ocid goes in {@code open_contracting_datas}. No person appears, nor any agreement.
 *
 * <p>Mapped: name, stage, dates, jurisdiction (GB), the council as outcome payer, suppliers as service providers,
 * commitments as investments, the rate card's outcomes as outcome metrics and, version by version, their prices
 * (the up-front share, sustainment, prerequisite and caps described in words, as the schema has no field for them),
 * posted up-front and outcome payments as actual outcome payments, and the investors' shares of them as transactions.
 * Not mapped: targets, results, locations, sources, dollar amounts, intermediaries and the investors' terms (type,
 * maximum return), which Cylch does not hold.
 */
final class IndigoProject {

    static final String PAYER = "Government/Public Sector/Public Bank";

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** What goes into the project: the contract, its card's versions, commitments, payments and flows. */
    record Inputs(Contract contract, String ocid, List<RateCardVersion> versions,
                  List<PostedOutcomePayment> payments, InvestorFlows flows, LocalDate today) {
    }

    ObjectNode project(Inputs in) {
        Contract contract = in.contract();
        ContractTerms terms = contract.terms();
        ObjectNode project = nodes.objectNode();
        value(project, "name", terms.title());
        value(project, "stage_development", stage(terms, in.today()));
        ObjectNode dates = project.putObject("dates");
        value(dates, "start_date_of_service_provision", terms.start().toString());
        value(dates, "anticipated_end_date_of_service_provision", terms.end().toString());
        value(project.putObject("jurisdiction"), "jurisdiction", "GB");
        finance(project.putObject("overall_project_finance"), in);
        value(project.putObject("service_and_beneficiaries"), "unit_type_targeted_service_users_or_beneficiaries",
                "Individual");
        Optional.ofNullable(terms.description()).filter(d -> !d.isBlank()).ifPresent(d -> value(project, "notes", d));
        ArrayNode provisions = project.putArray("service_provisions");
        List<OrganisationId> suppliers = terms.suppliers().distinct().toList();
        for (int i = 0; i < suppliers.size(); i++) {
            ObjectNode provision = provisions.addObject();
            provision.put("id", "service-provision-" + (i + 1));
            value(provision, "organisation_id", organisation(suppliers.get(i)));
            ObjectNode planned = provision.putObject("planned_service");
            value(planned, "start_date", terms.start().toString());
            value(planned, "end_date", terms.end().toString());
        }
        payer(project.putArray("outcome_payment_commitments").addObject(), in);
        investments(project.putArray("investments"), in.flows());
        outcomes(project, in.versions());
        outcomePayments(project.putArray("outcome_payments"), in);
        transactions(project.putArray("transactions"), in);
        project.putArray("open_contracting_datas").addObject().put("ocid", in.ocid());
        return project;
    }

    private static String stage(ContractTerms terms, LocalDate today) {
        if (today.isBefore(terms.start())) {
            return "Contracted";
        }
        return today.isAfter(terms.end()) ? "Service delivery complete" : "Implementation";
    }

    private void finance(ObjectNode finance, Inputs in) {
        ObjectNode committed = finance.putObject("total_investment_commitment");
        value(committed, "currency", Money.CURRENCY);
        value(committed.putObject("amount"), "exact", in.flows().overall().committed());
        contractCap(in.versions()).ifPresent(cap -> {
            ObjectNode most = finance.putObject("maximum_potential_outcome_payment_v2");
            value(most, "currency", Money.CURRENCY);
            value(most, "amount", cap);
        });
        ObjectNode made = finance.putObject("total_outcome_payments_made");
        value(made, "currency", Money.CURRENCY);
        value(made, "amount", paid(in.payments()));
    }

    private void payer(ObjectNode payer, Inputs in) {
        value(payer, "organisation_id", organisation(in.contract().heldBy()));
        value(payer, "organisation_role_category", PAYER);
        contractCap(in.versions()).ifPresent(cap -> {
            ObjectNode most = payer.putObject("maximum_potential_outcome_payment");
            value(most, "currency", Money.CURRENCY);
            value(most, "amount", cap);
        });
        value(payer, "result_type", "Overall");
        ObjectNode period = payer.putObject("period");
        value(period, "start_date", in.contract().terms().start().toString());
        value(period, "end_date", in.contract().terms().end().toString());
        ObjectNode total = payer.putObject("total_outcome_payments");
        value(total, "currency", Money.CURRENCY);
        value(total, "amount", paid(in.payments()));
    }

    private void investments(ArrayNode investments, InvestorFlows flows) {
        for (int i = 0; i < flows.commitments().size(); i++) {
            InvestorCommitment commitment = flows.commitments().get(i);
            ObjectNode investment = investments.addObject();
            investment.put("id", investmentId(i));
            value(investment, "organisation_id", investor(commitment));
            value(investment, "organisation_role_category", category(commitment.kind()));
            ObjectNode amount = investment.putObject("investment_commitment");
            value(amount, "currency", Money.CURRENCY);
            value(amount.putObject("amount"), "exact", commitment.amount());
            investment.put("notes", commitment.investorName() + ", committed on " + commitment.committedOn());
        }
    }

    private void outcomes(ObjectNode project, List<RateCardVersion> versions) {
        Map<String, RateCardOutcome> latest = new LinkedHashMap<>();
        versions.forEach(v -> v.card().outcomes().forEach(o -> latest.put(o.code(), o)));
        ArrayNode metrics = project.putArray("outcome_metrics");
        latest.values().forEach(o -> {
            ObjectNode metric = metrics.addObject();
            metric.put("id", o.code());
            value(metric, "definition", o.nameIn("en"));
            value(metric, "unit_type_of_targeted_service_users_or_beneficiaries", "Individual");
            Optional.ofNullable(o.basis()).ifPresent(basis -> {
                value(metric, "outcome_validation_method", "Simple ex-post verification");
                value(metric, "data_source_for_outcome_validation", basis.kind() + " " + basis.key());
            });
        });
        ArrayNode pricings = project.putArray("outcome_pricings");
        for (RateCardVersion version : versions) {
            for (RateCardOutcome o : version.card().outcomes()) {
                ObjectNode pricing = pricings.addObject();
                value(pricing, "outcome_metric_id", o.code());
                value(pricing, "currency", Money.CURRENCY);
                value(pricing.putObject("price_per_unit"), "amount", o.price());
                value(pricing, "price_description", description(version, o));
            }
        }
    }

    private void outcomePayments(ArrayNode payments, Inputs in) {
        for (PostedOutcomePayment payment : in.payments()) {
            ObjectNode each = payments.addObject();
            payment.outcomeCode().ifPresent(code -> value(each, "outcome_metric_id", code));
            month(each.putObject("period"), payment.month());
            value(each, "payer_organisation_id", organisation(in.contract().heldBy()));
            value(each, "recipient_organisation_id", organisation(payment.provider()));
            value(each, "type", "Actual");
            ObjectNode money = each.putObject("money");
            value(money, "currency", Money.CURRENCY);
            value(money, "amount", payment.amount());
            if (payment.kind() == PayKind.UPFRONT) {
                each.put("notes", "Up-front shares of the plans' value, paid when support started");
            }
        }
    }

    private void transactions(ArrayNode transactions, Inputs in) {
        InvestorFlows flows = in.flows();
        for (InvestorFlows.MonthFlow month : flows.months()) {
            for (int i = 0; i < flows.commitments().size(); i++) {
                Money share = month.shares().get(i);
                if (share.amount().signum() == 0) {
                    continue;
                }
                ObjectNode transaction = transactions.addObject();
                value(transaction, "investment_id", investmentId(i));
                value(transaction, "date", month.month().toString());
                value(transaction, "sending_organisation_id", organisation(in.contract().heldBy()));
                value(transaction, "receiving_organisation_id", investor(flows.commitments().get(i)));
                value(transaction, "transaction_type", "Outcome Payment");
                ObjectNode money = transaction.putObject("money");
                value(money, "currency", Money.CURRENCY);
                value(money, "amount", share);
                transaction.put("notes", "The investment's share of the month's outcome payments, pro rata to "
                        + "the commitments");
            }
        }
    }

    private static String description(RateCardVersion version, RateCardOutcome o) {
        RateCard card = version.card();
        List<String> parts = new ArrayList<>();
        parts.add("Rate card version " + version.version() + " from " + version.effectiveFrom());
        Optional.ofNullable(o.requires()).ifPresent(code -> parts.add("paid after " + code));
        Optional.ofNullable(o.sustainedDays()).ifPresent(days -> parts.add("sustained " + days + " days"));
        Optional.ofNullable(card.upfrontShare()).filter(share -> share.signum() > 0).ifPresent(share -> parts.add(
                share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                        .toPlainString() + "% of the plan's value paid up front"));
        Optional.ofNullable(card.participantCap()).ifPresent(cap -> parts.add("at most GBP " + cap
                + " a participant"));
        Optional.ofNullable(card.providerMonthlyCap()).ifPresent(cap -> parts.add("at most GBP " + cap
                + " a provider a month"));
        Optional.ofNullable(card.contractCap()).ifPresent(cap -> parts.add("at most GBP " + cap
                + " over the contract"));
        return String.join("; ", parts);
    }

    private static Optional<Money> contractCap(List<RateCardVersion> versions) {
        return versions.isEmpty() ? Optional.empty()
                : Optional.ofNullable(versions.getLast().card().contractCap());
    }

    private static Money paid(List<PostedOutcomePayment> payments) {
        return payments.stream().map(PostedOutcomePayment::amount).reduce(Money.ZERO, Money::plus);
    }

    private void month(ObjectNode period, YearMonth month) {
        value(period, "start_date", month.atDay(1).toString());
        value(period, "end_date", month.atEndOfMonth().toString());
    }

    static String category(InvestorKind kind) {
        return switch (kind) {
            case SOCIAL_INVESTMENT_FUND -> "Impact Investor";
            case TRUST_OR_FOUNDATION -> "Foundation/Philanthropist";
            case BANK -> "Commercial";
            case INDIVIDUAL -> "High Net Worth Individual/Family Office/Private Bank";
        };
    }

    static String organisation(OrganisationId organisation) {
        return "CYLCH-ORG-" + organisation;
    }

    private static String investor(InvestorCommitment commitment) {
        return "CYLCH-INVESTOR-" + commitment.id();
    }

    private static String investmentId(int index) {
        return "investment-" + (index + 1);
    }

    private static void value(ObjectNode parent, String field, String value) {
        parent.putObject(field).put("value", value);
    }

    private static void value(ObjectNode parent, String field, Money amount) {
        parent.putObject(field).put("value", amount.amount());
    }
}
