package cymru.cylch.contracts.web;

import cymru.cylch.contracts.NewBid;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A provider's bid as typed: the lot, the price, and a response to each criterion by its number. There is no field
 * for who bids: the provider is always the signed-in user's organisation, whatever else a request carries.
 */
record BidForm(@Nullable Integer lot, @Size(max = 30) @Nullable String price, Map<Integer, String> responses) {

    /** The longest response to one criterion. */
    static final int LONGEST_RESPONSE = 10_000;

    BidForm {
        responses = responses == null ? new HashMap<>() : new HashMap<>(responses);
    }

    static BidForm blank(@Nullable Integer lot) {
        return new BidForm(lot, null, null);
    }

    void validate(Errors errors) {
        if (lot == null) {
            FormErrors.reject(errors, "lot", "procurement.bid.lot");
        }
        BigDecimal amount = TypedNumbers.amount(price);
        if (amount == null) {
            FormErrors.reject(errors, "price", "procurement.bid.price.number");
        } else if (amount.signum() < 0) {
            FormErrors.reject(errors, "price", "procurement.bid.price.negative");
        }
        responses.forEach((criterion, text) -> {
            if (text != null && text.length() > LONGEST_RESPONSE) {
                FormErrors.reject(errors, "responses[" + criterion + "]", "procurement.bid.response.long");
            }
        });
    }

    /** Only after {@link #validate} found nothing wrong. */
    NewBid bid() {
        Map<Integer, String> typed = new HashMap<>();
        responses.forEach((criterion, text) -> {
            if (text != null) {
                typed.put(criterion, text);
            }
        });
        return new NewBid(Objects.requireNonNull(lot), Money.of(Objects.requireNonNull(TypedNumbers.amount(price))),
                typed);
    }
}
