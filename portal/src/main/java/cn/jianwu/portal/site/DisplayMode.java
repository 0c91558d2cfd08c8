package cn.jianwu.portal.site;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The elderly-friendly (适老化) display: large type, high contrast, wider targets. The
 * reader's choice is a cookie, so that it holds on every page without JavaScript: any
 * page address with {@code ?display=large} (or {@code standard}) sets it
 * ({@link DisplayModeFilter}); with JavaScript the page switches at once and sets the
 * same cookie.
 */
public final class DisplayMode {

	/** The cookie; {@code js/site.js} uses the same name. */
	public static final String COOKIE = "jianwu_display";

	/** The query parameter that switches the mode. */
	public static final String PARAMETER = "display";

	/** The cookie value and parameter value of the large mode. */
	public static final String LARGE = "large";

	/** The parameter value of the standard mode. */
	public static final String STANDARD = "standard";

	/** A year: the choice should outlive the session. */
	static final int MAX_AGE_SECONDS = 365 * 24 * 3600;

	private DisplayMode() {
	}

	/** Whether the reader chose the large mode. */
	public static boolean isLarge(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && LARGE.equals(cookie.getValue())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The address that switches the mode and comes back to this page: for a page read
	 * with GET the same address, else the page's path alone (a form's answer cannot be
	 * read again without sending the form).
	 */
	public static String toggleUrl(HttpServletRequest request) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(localPath(request.getRequestURI()));
		if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
			url.query(request.getQueryString());
		}
		return url.replaceQueryParam(PARAMETER, isLarge(request) ? STANDARD : LARGE).build().toUriString();
	}

	/**
	 * A path of this site, never an address elsewhere: {@code //host/x} would be read by
	 * a browser as another site.
	 */
	static String localPath(String path) {
		if (path == null || path.isEmpty() || path.charAt(0) != '/') {
			return "/";
		}
		String local = path.replaceFirst("^[/\\\\]+", "/");
		return local.isEmpty() ? "/" : local;
	}

}
