CREATE TABLE djk8s_cli_migrated (id INT PRIMARY KEY);
DO SLEEP(1.5);
INSERT INTO djk8s_cli_migrated VALUES (1);
