-- The W3C traceparent of the request that wrote the event: the relay sends it as the Kafka record header
-- "traceparent", so the consumer continues the request's trace although the relay publishes later.
alter table outbox_event add column traceparent varchar(128);
