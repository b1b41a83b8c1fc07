package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.PerformanceSanctions;
import cymru.cylch.monitoring.SanctionKind;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sanctions on an escalated issue, from its page: each kind on its own form, refused with the reason on that form. */
@Controller
class SanctionPages {

    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?|\\d+(\\.\\d{1,2})?");

    private final PerformanceSanctions sanctions;
    private final IssuePage page;

    SanctionPages(PerformanceSanctions sanctions, IssuePage page) {
        this.sanctions = sanctions;
        this.page = page;
    }

    @PostMapping("/performance-issues/{id}/sanctions")
    @PreAuthorize(MeasurePages.RECORDERS)
    String impose(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("sanctionForm") SanctionForm form, BindingResult errors, Model model,
                  Locale locale, RedirectAttributes redirect) {
        SanctionKind kind = form.kind() == null ? SanctionKind.DEFAULT_NOTICE : form.kind();
        String name = IssuePage.SANCTION_FORMS.get(kind);
        // The page shows each kind's form under its own name, so the one sent comes back under that name.
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        if (!errors.hasErrors()) {
            try {
                String reason = ActionRow.text(form.reason());
                switch (kind) {
                    case DEFAULT_NOTICE -> sanctions.defaultNotice(user, id, form.version(), reason,
                            ActionRow.text(form.remedy()), ActionRow.date(form.remedyBy()));
                    case DEDUCTION -> sanctions.deduct(user, id, form.version(), reason, amount(form.amount()),
                            month(form.month()));
                    case SUSPENSION -> sanctions.suspend(user, id, form.version(), reason,
                            ActionRow.date(form.from()), ActionRow.date(form.until()));
                    case TERMINATION -> sanctions.terminate(user, id, form.version(), reason,
                            ActionRow.date(form.from()));
                }
                redirect.addFlashAttribute("notice", "issue.sanction.imposed." + kind.name());
                return "redirect:/performance-issues/" + id;
            } catch (RuleViolationException rule) {
                if (IssueStepPages.MOVED_ON.contains(rule.code())) {
                    redirect.addFlashAttribute("problem", rule.code());
                    return "redirect:/performance-issues/" + id;
                }
                FormErrors.reject(errors, field(rule), rule.code());
            } catch (OptimisticLockingFailureException meanwhile) {
                redirect.addFlashAttribute("problem", "issue.changedMeanwhile");
                return "redirect:/performance-issues/" + id;
            }
        }
        return page.show(user, id, model, locale);
    }

    private static String field(RuleViolationException rule) {
        String part = rule.part();
        if (part == null) {
            return "reason";
        }
        // The form takes a termination's last day in its "from" field.
        return "lastDay".equals(part) ? "from" : part;
    }

    /** Pounds and pence as typed (a pound sign and commas allowed), more than nothing. */
    static Money amount(@Nullable String typed) {
        String plain = typed == null ? "" : typed.strip().replace("£", "");
        // Commas only between thousands: "1,5" is not one and a half pounds, nor fifteen.
        if (!THOUSANDS.matcher(plain).matches()) {
            throw new RuleViolationException("issue.sanction.amount.invalid", "amount");
        }
        try {
            BigDecimal pounds = new BigDecimal(plain.replace(",", ""));
            if (pounds.signum() <= 0 || pounds.scale() > 2 || pounds.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw new RuleViolationException("issue.sanction.amount.invalid", "amount");
            }
            return Money.of(pounds);
        } catch (NumberFormatException notAnAmount) {
            throw new RuleViolationException("issue.sanction.amount.invalid", "amount");
        }
    }

    /** A month as the browser's month field sends it (yyyy-mm). */
    static YearMonth month(@Nullable String typed) {
        try {
            return YearMonth.parse(Objects.requireNonNullElse(typed, "").strip());
        } catch (DateTimeParseException notAMonth) {
            throw new RuleViolationException("issue.sanction.month.invalid", "month");
        }
    }
}
