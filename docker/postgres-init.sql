-- The boardpapers catalogue lives next to Airflow's metadata database, on the same Postgres server.
CREATE DATABASE boardpapers OWNER airflow;
