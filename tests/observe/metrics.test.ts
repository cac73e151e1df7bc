import { describe, expect, it } from "vitest";
import { createMetrics } from "../../src/observe/metrics.js";

describe("metrics", () => {
  it("keeps each process's registry apart, so several can live side by side", async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.rateLimited("slack");
    a.rateLimited("slack");
    b.rateLimited("discord");
    const textA = (await a.render()).body;
    const textB = (await b.render()).body;
    expect(textA).toMatch(/embassy_rate_limited_total\{platform="slack"\} 2/);
    expect(textA).not.toMatch(/platform="discord"/);
    expect(textB).toMatch(/embassy_rate_limited_total\{platform="discord"\} 1/);
  });

  it("exposes requests, latency, errors, reports and database latency in the Prometheus text format", async () => {
    const metrics = createMetrics();
    metrics.interaction({ platform: "discord", command: "search", seconds: 0.02, failed: false });
    metrics.interaction({ platform: "discord", command: "search", seconds: 4, failed: true });
    metrics.reportFiled("slack", "report");
    metrics.databaseQuery(0.003, false);
    const { contentType, body } = await metrics.render();
    expect(contentType).toMatch(/^text\/plain/);
    expect(body).toMatch(/embassy_requests_total\{platform="discord",command="search"\} 2/);
    expect(body).toMatch(/embassy_errors_total\{platform="discord",command="search"\} 1/);
    expect(body).toMatch(
      /embassy_request_duration_seconds_bucket\{le="0.025",platform="discord",command="search"\} 1/,
    );
    expect(body).toMatch(/embassy_request_duration_seconds_count\{platform="discord",command="search"\} 2/);
    expect(body).toMatch(/embassy_reports_filed_total\{platform="slack",kind="report"\} 1/);
    expect(body).toMatch(/embassy_database_query_duration_seconds_count\{outcome="ok"\} 1/);
    expect(body).toMatch(/embassy_process_resident_memory_bytes/);
  });
});
