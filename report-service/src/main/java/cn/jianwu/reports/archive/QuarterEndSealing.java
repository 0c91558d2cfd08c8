package cn.jianwu.reports.archive;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.Quarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * At the start of each quarter, seals every department's volume of the quarter just over
 * ({@code jianwu.reports.archive.seal-cron}, in the institution's zone). Several
 * instances may run it: the second finds the volumes sealed and unchanged.
 */
@Configuration(proxyBeanMethods = false)
class QuarterEndSealing implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(QuarterEndSealing.class);

	private final ArchiveService archives;

	private final ArchiveProperties properties;

	private final InstitutionProperties institution;

	QuarterEndSealing(ArchiveService archives, ArchiveProperties properties, InstitutionProperties institution) {
		this.archives = archives;
		this.properties = properties;
		this.institution = institution;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addCronTask(new CronTask(this::sealPastQuarter,
				new CronTrigger(this.properties.sealCron(), this.institution.zone())));
	}

	void sealPastQuarter() {
		Quarter quarter = this.archives.pastQuarter();
		try {
			int volumes = this.archives.sealQuarter(quarter, ArchiveService.SYSTEM).size();
			log.info("Quarter-end sealing of {}: {} volumes", quarter, volumes);
		}
		catch (RuntimeException ex) {
			// the next run, or a seal on demand, seals what is missing
			log.error("Quarter-end sealing of {} failed", quarter, ex);
		}
	}

}
