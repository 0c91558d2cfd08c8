package cn.jianwu.portal.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page anyone may cache for a while: the same for every reader except for the display
 * mode, which is a cookie ({@code Vary: Cookie}). Pages without it are not stored
 * ({@code no-store}): case-query answers, the kiosk, forms.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicPage {

	/** How long browsers and proxies may reuse the page without asking again. */
	int maxAgeSeconds();

}
