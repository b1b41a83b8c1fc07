package cymru.cylch.payments.web;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.payments.IndigoExport;
import cymru.cylch.payments.InvestorCommitment;
import cymru.cylch.payments.InvestorFlows;
import cymru.cylch.payments.InvestorKind;
import cymru.cylch.payments.NewInvestorCommitment;
import cymru.cylch.payments.SocialImpactBonds;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiReadProblems;
import cymru.cylch.platform.web.ApiWriteProblems;
import cymru.cylch.platform.web.SingleLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * A social impact bond through the API: a payment-by-results contract's investors, their commitments, the flow of
 * outcome payments to them and their returns, read by the council that let it and its suppliers; commitments
 * recorded by its commissioners; and the contract as an INDIGO 4.1 project.
 */
@RestController
@RequestMapping("/api/v1/contracts/{contractId}")
@PreAuthorize(RateCardPages.READERS)
@Tag(name = "Social impact bonds")
class InvestorApi {

    private final SocialImpactBonds bonds;
    private final IndigoExport indigo;

    InvestorApi(SocialImpactBonds bonds, IndigoExport indigo) {
        this.bonds = bonds;
        this.indigo = indigo;
    }

    record CommitmentView(UUID id, String investorName, InvestorKind kind, BigDecimal amount, LocalDate committedOn,
                          Instant recordedAt) {
        static CommitmentView of(InvestorCommitment c) {
            return new CommitmentView(c.id().value(), c.investorName(), c.kind(), c.amount().amount(),
                    c.committedOn(), c.recordedAt());
        }
    }

    record ReturnView(BigDecimal committed, BigDecimal received, BigDecimal net, BigDecimal multiple) {
        static ReturnView of(InvestorFlows.InvestorReturn r) {
            return new ReturnView(r.committed().amount(), r.received().amount(), r.net().amount(), r.multiple());
        }
    }

    record InvestorView(CommitmentView commitment, ReturnView returns) {
    }

    record ShareView(UUID commitmentId, BigDecimal amount) {
    }

    record MonthView(YearMonth month, BigDecimal paid, List<ShareView> shares, BigDecimal unshared) {
    }

    record InvestorsView(String currency, List<InvestorView> investors, List<MonthView> months, ReturnView overall) {
        static InvestorsView of(InvestorFlows flows) {
            List<InvestorView> investors = new ArrayList<>();
            for (int i = 0; i < flows.commitments().size(); i++) {
                investors.add(new InvestorView(CommitmentView.of(flows.commitments().get(i)),
                        ReturnView.of(flows.returns().get(i))));
            }
            List<MonthView> months = flows.months().stream().map(m -> {
                List<ShareView> shares = new ArrayList<>();
                for (int i = 0; i < flows.commitments().size(); i++) {
                    shares.add(new ShareView(flows.commitments().get(i).id().value(), m.shares().get(i).amount()));
                }
                return new MonthView(m.month(), m.paid().amount(), shares, m.unshared().amount());
            }).toList();
            return new InvestorsView(Money.CURRENCY, investors, months, ReturnView.of(flows.overall()));
        }
    }

    record CommitmentBody(@NotBlank @SingleLineText @Size(max = 200) String investorName, @NotNull InvestorKind kind,
                          @NotNull @Digits(integer = 17, fraction = 2) BigDecimal amount,
                          @NotNull LocalDate committedOn) {
    }

    @GetMapping("/investors")
    @Operation(summary = "A social impact bond's investors: each commitment with its return (received to date, net "
            + "of what was committed, and the money multiple), and month by month the up-front and outcome payments "
            + "posted under the contract, shared among the commitments pro rata to the penny. 404 unless the "
            + "caller's organisation let the contract or is party to it")
    @ApiReadProblems
    InvestorsView investors(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId) {
        return InvestorsView.of(bonds.flows(user, ContractId.of(contractId)));
    }

    @PostMapping("/investors")
    @PreAuthorize(RateCardPages.MAKERS)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiWriteProblems
    @Operation(summary = "Record an investor's commitment to a payment by results contract the caller's council let: "
            + "who, what kind of investor, how much (more than nothing) and the day, not in the future")
    CommitmentView commit(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId,
                          @Valid @RequestBody CommitmentBody body) {
        return CommitmentView.of(bonds.commit(user, ContractId.of(contractId), new NewInvestorCommitment(
                body.investorName(), body.kind(), Money.of(body.amount()), body.committedOn())));
    }

    @GetMapping(value = "/indigo", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The contract as a project of the INDIGO data standard 4.1 (Government Outcomes Lab): its "
            + "outcome payer, service providers, investments, outcome metrics and prices, posted outcome payments "
            + "and the investors' shares of them; its open_contracting_datas ocid is the contract's OCDS ocid. 404 "
            + "unless the caller's organisation let the contract or is party to it")
    @ApiReadProblems
    ResponseEntity<ObjectNode> indigo(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(indigo.project(user, ContractId.of(contractId)));
    }
}
