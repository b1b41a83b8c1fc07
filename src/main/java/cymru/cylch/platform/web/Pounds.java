package cymru.cylch.platform.web;

import cymru.cylch.platform.money.Money;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Money as people read it: the pound sign, thousands separated, pence always shown, and the minus sign before the
 * pound sign ({@code -£700.00}), not after it. Templates call it as {@code ${@pounds.of(money)}}.
 */
@Component("pounds")
public class Pounds {

    public String of(@Nullable Money money) {
        if (money == null) {
            return "";
        }
        String figures = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK))
                .format(money.amount().abs());
        return (money.isNegative() ? "-£" : "£") + figures;
    }
}
