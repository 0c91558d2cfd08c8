package cn.jianwu.channel.wechat.hall;

import java.net.http.HttpClient;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HallProperties.class)
class HallConfiguration {

	@Bean
	HallClient hallClient(HallProperties properties, JsonMapper json) {
		// the receipt must reach WeChat within 5 s: one short deadline covers connecting
		// and reading
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(properties.timeout());
		return new HallClient(RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(factory).build(), json);
	}

}
