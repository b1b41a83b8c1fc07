package cymru.cylch.platform.web;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: the user, the language switch that keeps them on the same page, navigation. */
@ControllerAdvice
class LayoutAdvice {

    private final List<NavigationItem> navigation;

    LayoutAdvice(List<NavigationItem> navigation) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @ModelAttribute("currentUser")
    @Nullable CylchUser currentUser() {
        return SignedInUser.current().orElse(null);
    }

    @ModelAttribute("language")
    String language() {
        return isWelsh() ? "cy" : "en";
    }

    /** The same page in the other language (a GET of the current path and query, with {@code lang} replaced). */
    @ModelAttribute("languageSwitchUrl")
    String languageSwitchUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequestUri(request)
                .query(request.getQueryString())
                .replaceQueryParam("lang", isWelsh() ? "en" : "cy")
                .build().toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return SignedInUser.current()
                .map(user -> navigation.stream().filter(item -> item.visibleTo(user)).toList())
                .orElse(List.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isWelsh() {
        return "cy".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
