package cn.jianwu.portal.site;

import java.net.URI;
import java.net.http.HttpClient;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * HTTP clients for the services the portal reads, with short timeouts: a page waits at
 * most a few seconds for a service before it tells the reader the service is down.
 */
@Component
public class BackendClients {

	private final JdkClientHttpRequestFactory requests;

	BackendClients(PortalProperties properties) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.requests = new JdkClientHttpRequestFactory(http);
		this.requests.setReadTimeout(properties.readTimeout());
	}

	/**
	 * A client for one service.
	 * @param baseUrl the service's address
	 * @return a client whose relative paths resolve against {@code baseUrl}
	 */
	public RestClient forService(URI baseUrl) {
		String base = baseUrl.toString();
		return RestClient.builder()
			.baseUrl(base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
			.requestFactory(this.requests)
			.build();
	}

}
