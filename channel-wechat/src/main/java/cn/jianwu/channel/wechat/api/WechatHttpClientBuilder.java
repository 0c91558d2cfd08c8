package cn.jianwu.channel.wechat.api;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import me.chanjar.weixin.common.util.http.apache.ApacheHttpClientBuilder;
import org.apache.http.HttpHost;
import org.apache.http.client.HttpRequestRetryHandler;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;

/**
 * The HTTP client behind WxJava, instead of its process-wide default: our timeouts (well
 * inside the dispatcher's time limit), the JVM's certificate checks, and no automatic
 * resending, because a resent {@code freepublish/submit} could publish an article twice;
 * the dispatcher decides about retries.
 */
class WechatHttpClientBuilder implements ApacheHttpClientBuilder {

	private final Duration connectTimeout;

	private final Duration readTimeout;

	private String proxyHost;

	private int proxyPort;

	private ConnectionKeepAliveStrategy keepAliveStrategy;

	private SSLConnectionSocketFactory sslSocketFactory;

	WechatHttpClientBuilder(Duration connectTimeout, Duration readTimeout) {
		this.connectTimeout = connectTimeout;
		this.readTimeout = readTimeout;
	}

	@Override
	public CloseableHttpClient build() {
		RequestConfig timeouts = RequestConfig.custom()
			.setConnectTimeout((int) this.connectTimeout.toMillis())
			.setConnectionRequestTimeout((int) this.connectTimeout.toMillis())
			.setSocketTimeout((int) this.readTimeout.toMillis())
			.build();
		HttpClientBuilder builder = HttpClients.custom()
			.setDefaultRequestConfig(timeouts)
			.disableAutomaticRetries()
			.setMaxConnTotal(20)
			.setMaxConnPerRoute(10)
			.evictIdleConnections(60, TimeUnit.SECONDS)
			.setUserAgent("jianwu-channel-wechat");
		if (this.proxyHost != null && this.proxyPort > 0) {
			builder.setProxy(new HttpHost(this.proxyHost, this.proxyPort));
		}
		if (this.keepAliveStrategy != null) {
			builder.setKeepAliveStrategy(this.keepAliveStrategy);
		}
		if (this.sslSocketFactory != null) {
			builder.setSSLSocketFactory(this.sslSocketFactory);
		}
		return builder.build();
	}

	@Override
	public ApacheHttpClientBuilder httpProxyHost(String httpProxyHost) {
		this.proxyHost = httpProxyHost;
		return this;
	}

	@Override
	public ApacheHttpClientBuilder httpProxyPort(int httpProxyPort) {
		this.proxyPort = httpProxyPort;
		return this;
	}

	@Override
	public ApacheHttpClientBuilder httpProxyUsername(String httpProxyUsername) {
		return this;
	}

	@Override
	public ApacheHttpClientBuilder httpProxyPassword(String httpProxyPassword) {
		return this;
	}

	@Override
	public ApacheHttpClientBuilder httpRequestRetryHandler(HttpRequestRetryHandler httpRequestRetryHandler) {
		// never: see the class comment
		return this;
	}

	@Override
	public ApacheHttpClientBuilder keepAliveStrategy(ConnectionKeepAliveStrategy keepAliveStrategy) {
		this.keepAliveStrategy = keepAliveStrategy;
		return this;
	}

	@Override
	public ApacheHttpClientBuilder sslConnectionSocketFactory(SSLConnectionSocketFactory sslConnectionSocketFactory) {
		this.sslSocketFactory = sslConnectionSocketFactory;
		return this;
	}

	@Override
	public ApacheHttpClientBuilder supportedProtocols(String[] supportedProtocols) {
		return this;
	}

}
