package cn.jianwu.portal;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import cn.jianwu.platform.institution.InstitutionProperties;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

/**
 * The portal's templates rendered with a model, as the controllers fill it: for the pages
 * whose data only a running service could give (a case-query answer, an item with
 * attachments, many pages of hits), without starting any service.
 */
public final class TemplatePages {

	private static final SpringTemplateEngine ENGINE = engine();

	private TemplatePages() {
	}

	/**
	 * Renders a page.
	 * @param template the template's name, e.g. {@code item}
	 * @param model what the controller put in the model (the frame's attributes are
	 * added)
	 * @return the HTML
	 */
	public static String render(String template, Map<String, Object> model) {
		MockServletContext servletContext = new MockServletContext();
		MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/");
		JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(servletContext);
		Map<String, Object> variables = new HashMap<>();
		variables.put("institution", institution());
		variables.put("largeDisplay", false);
		variables.put("displayToggleUrl", "/?display=large");
		variables.put("suggestPath", "/api/search/suggest");
		variables.putAll(model);
		WebContext context = new WebContext(application.buildExchange(request, new MockHttpServletResponse()),
				Locale.SIMPLIFIED_CHINESE, variables);
		return ENGINE.process(template, context);
	}

	public static InstitutionProperties institution() {
		return new InstitutionProperties("测试区人民检察院", "12309", ZoneId.of("Asia/Shanghai"));
	}

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setEnableSpringELCompiler(true);
		return engine;
	}

}
