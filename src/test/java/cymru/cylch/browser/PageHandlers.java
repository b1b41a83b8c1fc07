package cymru.cylch.browser;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET handler of Cylch that renders a page, read from the application's own handler mappings, so a new page
 * is crawled the day it exists.
 *
 * <p>A handler renders a page when it answers GET with a Thymeleaf view: it returns a view name or a
 * {@link ModelAndView}, is not {@link ResponseBody} (JSON, PDF, CSV, XLSX and FHIR downloads are, or return a
 * {@code ResponseEntity}), declares no non-HTML {@code produces}, and is not under {@code /api/}. A view name can
 * still turn out to be a redirect or an htmx fragment; the crawl finds that out when it opens the page.
 */
final class PageHandlers {

    /** One page handler: its path pattern, the method that serves it, and the request parameters it requires. */
    record PageHandler(String pattern, String handler, List<String> requiredParameters) {
    }

    private PageHandlers() {
    }

    static List<PageHandler> of(RequestMappingHandlerMapping mappings) {
        Map<RequestMappingInfo, HandlerMethod> handlers = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getName().startsWith("cymru.cylch."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return handlers.entrySet().stream()
                .filter(e -> answersGet(e.getKey()) && rendersView(e.getKey(), e.getValue()))
                .flatMap(e -> e.getKey().getPatternValues().stream()
                        .filter(pattern -> !pattern.startsWith("/api/"))
                        .map(pattern -> new PageHandler(pattern, e.getValue().getShortLogMessage(),
                                requiredParameters(e.getValue()))))
                .distinct()
                .sorted(Comparator.comparing(PageHandler::pattern))
                .toList();
    }

    private static List<String> requiredParameters(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .filter(p -> p.getParameterAnnotation(RequestParam.class) instanceof RequestParam param
                        && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue()))
                .map(p -> {
                    String named = p.getParameterAnnotation(RequestParam.class).name();
                    p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                    return named.isEmpty() ? p.getParameterName() : named;
                })
                .toList();
    }

    private static boolean answersGet(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    private static boolean rendersView(RequestMappingInfo info, HandlerMethod handler) {
        Class<?> returned = handler.getMethod().getReturnType();
        boolean body = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
        var produces = info.getProducesCondition().getProducibleMediaTypes();
        boolean html = produces.isEmpty() || produces.stream().anyMatch(MediaType.TEXT_HTML::includes);
        return !body && html && (returned == String.class || returned == ModelAndView.class);
    }
}
