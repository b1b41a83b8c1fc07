package cymru.cylch.people;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How far over its indicative budget a plan may go before a team manager or a finance officer must decide on it
 * ({@code CYLCH_FUNDING_MARGIN_PERCENT}, a share of the budget).
 */
@ConfigurationProperties("cylch.funding")
record FundingSettings(BigDecimal marginPercent) {

    FundingThreshold threshold() {
        return new FundingThreshold(marginPercent);
    }
}
