package cn.jianwu.gateway.balancing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes to {@code lb://case-query-service} are spread round-robin over the replicas that
 * are ready. The public case query is the one service scaled on its own; the others keep
 * plain addresses.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseQueryReplicasProperties.class)
@LoadBalancerClient(name = CaseQueryBalancing.SERVICE_ID, configuration = CaseQueryBalancing.Replicas.class)
public class CaseQueryBalancing {

	public static final String SERVICE_ID = "case-query-service";

	/**
	 * The load balancer's own context for case-query-service (deliberately not a
	 * {@code @Configuration}, so that it stays out of the application context).
	 */
	static class Replicas {

		@Bean(destroyMethod = "close")
		ReadyReplicas caseQueryReplicas(CaseQueryReplicasProperties properties) {
			return new ReadyReplicas(SERVICE_ID, properties.urls(), properties.healthInterval());
		}

	}

}
