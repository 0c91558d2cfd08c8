package cn.jianwu.platform.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * URL rules a feature contributes to its service's security chain, so that a feature can
 * guard its own endpoints without editing the service's chain. Declare a bean:
 *
 * <pre>
 * &#64;Bean
 * AuthorizationRules workflowRules() {
 *     return (rules) -&gt; rules.requestMatchers(HttpMethod.POST, "/api/disclosures/*&#47;approve")
 *         .hasAnyRole("SECTION_HEAD", "DIVISION_LEADER", "CHIEF");
 * }
 * </pre>
 *
 * {@link PlatformHttpSecurity#apply} adds every such bean's rules (in bean order) before
 * the rules the service's chain adds afterwards, and the first matching rule decides, so
 * a feature's rules should name its own paths precisely. For rules that depend on the
 * data, use {@code @PreAuthorize} on the method instead.
 */
@FunctionalInterface
public interface AuthorizationRules
		extends Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {

}
