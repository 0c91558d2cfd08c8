package cn.jianwu.hall.call;

import java.net.URI;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open calls ({@code jianwu.hall.calls.*}).
 *
 * @param portalUrl the portal's public address, where an announcement sends the public to
 * respond ({@code /hall/calls/{id}})
 */
@ConfigurationProperties("jianwu.hall.calls")
record CallProperties(@DefaultValue("http://localhost:8080") URI portalUrl) {

	/** The portal page where the public responds to a call. */
	String responsePage(UUID callId) {
		String base = this.portalUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/hall/calls/" + callId;
	}

}
