package cn.jianwu.hall.activity;

import java.net.URI;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Activities ({@code jianwu.hall.activities.*}).
 *
 * @param portalUrl the portal's public address, where an announcement sends the public to
 * sign up ({@code /hall/activities/{id}})
 */
@ConfigurationProperties("jianwu.hall.activities")
record ActivityProperties(@DefaultValue("http://localhost:8080") URI portalUrl) {

	/** The portal page where the public signs up. */
	String signUpPage(UUID activityId) {
		String base = this.portalUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/hall/activities/" + activityId;
	}

}
